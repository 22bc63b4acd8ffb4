x = None
x.attr = 5
