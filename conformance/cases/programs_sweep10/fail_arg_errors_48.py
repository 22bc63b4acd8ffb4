print("{:d}".format("5"))
