"".join(1)
