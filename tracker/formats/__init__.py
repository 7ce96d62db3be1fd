"""Import and export codecs, and the single output layer for every listing."""
