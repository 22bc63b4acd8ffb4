"abc".find(sub="a")
