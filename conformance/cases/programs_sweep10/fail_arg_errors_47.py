print("{:s}".format(5))
