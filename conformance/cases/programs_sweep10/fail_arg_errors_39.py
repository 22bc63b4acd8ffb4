float(x="1")
