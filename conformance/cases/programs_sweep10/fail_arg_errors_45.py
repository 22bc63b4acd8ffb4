print(sep="", bogus=1)
