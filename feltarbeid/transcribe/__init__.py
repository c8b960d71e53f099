"""The transcription stage: model resolution, faster-whisper engine, the resumable batch,
speaker labelling and guide alignment. See ``batch.run`` for the entry point."""
