"""Speech made offline: espeak-ng speaks, sox shapes the sound, numpy mixes in noise; MFCC
features like the MLPerf keyword-spotting front end; a Speech-Commands-like data set."""
