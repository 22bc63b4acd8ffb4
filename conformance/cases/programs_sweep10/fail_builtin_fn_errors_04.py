super(int, "x")
