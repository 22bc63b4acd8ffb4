bin(1.5)
