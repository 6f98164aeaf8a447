"""Adding an article: main-text extraction, detectors, the draft annotation, and its evaluation."""
