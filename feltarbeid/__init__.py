"""feltarbeid: qualitative field studies, from interview guide to coded transcripts."""
__version__ = "0.1.0"
