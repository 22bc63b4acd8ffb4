"x".strip(1)
