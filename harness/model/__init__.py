"""The model format and what the host knows about a model: the .tflite reader, per-layer
analysis, tensor quantization specs, the host interpreters (LiteRT, and TFLM as the numerical
oracle), the metrics a model is judged by, and its bytes as a C array.

Every other layer reads models through this package; it imports none of them.
"""
