"""MFCC features like the MLPerf Tiny keyword-spotting front end: 49 frames x 10 coefficients
from one second of 16 kHz audio.

Why tf.signal MFCCs and not TFLM's audio micro-frontend (also in TensorFlow): MLPerf's DS-CNN
takes 49x10 MFCCs computed this way (Hann-windowed STFT, 40 mel bands from 20 Hz to 4 kHz, log,
DCT), while the micro-frontend yields 40 filterbank channels (micro_speech's 49x40) with noise
reduction and gain control that adapt over the stream, so one clip's features would depend on
what the front end heard before it. The window is 40 ms with a 20 ms stride, as in the DS-CNN
paper (Hello Edge, Zhang et al. 2017); (16000 - 640) / 320 + 1 = 49 frames.
"""

from __future__ import annotations

import numpy as np

SAMPLE_RATE = 16000
WINDOW = 640  # 40 ms
STRIDE = 320  # 20 ms
MEL_BANDS = 40
LOWEST_HZ, HIGHEST_HZ = 20.0, 4000.0
COEFFICIENTS = 10
FRAMES = 1 + (SAMPLE_RATE - WINDOW) // STRIDE  # 49
_BATCH = 512  # clips per TensorFlow call: bounds the memory the spectrograms take


def mfcc(clips: np.ndarray) -> np.ndarray:
    """(clips, 16000) int16 audio -> (clips, 49, 10) float32 MFCCs."""
    if clips.ndim != 2 or clips.shape[1] != SAMPLE_RATE:
        raise ValueError(f"expected one second of 16 kHz audio per row, got shape {clips.shape}")
    return np.concatenate([_mfcc_batch(clips[i:i + _BATCH])
                           for i in range(0, len(clips), _BATCH)])


def _mfcc_batch(clips: np.ndarray) -> np.ndarray:
    from harness.pipeline.keras_import import import_keras

    import_keras()
    import tensorflow as tf

    audio = tf.constant(clips.astype(np.float32) / 32768.0)
    stft = tf.signal.stft(audio, frame_length=WINDOW, frame_step=STRIDE,
                          window_fn=tf.signal.hann_window)
    mel = tf.signal.linear_to_mel_weight_matrix(MEL_BANDS, stft.shape[-1], SAMPLE_RATE,
                                                LOWEST_HZ, HIGHEST_HZ)
    log_mel = tf.math.log(tf.tensordot(tf.abs(stft), mel, 1) + 1e-6)
    return tf.signal.mfccs_from_log_mel_spectrograms(log_mel)[..., :COEFFICIENTS].numpy()
