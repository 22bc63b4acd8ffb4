hasattr(1)
