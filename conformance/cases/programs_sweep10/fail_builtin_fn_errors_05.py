super(1)
