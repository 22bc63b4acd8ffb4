issubclass(int, 1)
