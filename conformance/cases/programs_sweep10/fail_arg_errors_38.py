int(x="5")
