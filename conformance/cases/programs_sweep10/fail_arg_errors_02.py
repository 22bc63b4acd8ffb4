[].index(1, start=0)
