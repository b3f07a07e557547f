import sys

from SCons.Script.Main import main

if __name__ == "__main__":
    sys.exit(main())
