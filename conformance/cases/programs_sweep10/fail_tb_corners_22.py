raise Exception(1, 2, "three")
