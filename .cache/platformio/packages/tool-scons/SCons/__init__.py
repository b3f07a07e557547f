__version__="4.11.1"
__copyright__="Copyright (c) 2001 - 2026 The SCons Foundation"
__developer__="bdbaddog"
__date__="Wed, 26 Aug 2026 21:18:42 -0700"
__buildsys__="M1Dog2021"
__revision__="b97f32b9adab83a96af767ec1d7dc8d7a41c7c74"
__build__="b97f32b9adab83a96af767ec1d7dc8d7a41c7c74"
# make sure compatibility is always in place
import SCons.compat  # noqa