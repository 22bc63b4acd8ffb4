vars(1)
