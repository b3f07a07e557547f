"""The model pipeline: recipe -> trained Keras model -> .tflite variants -> host evaluation."""
