max([], key=1) if False else max(1, 2, key=1)
