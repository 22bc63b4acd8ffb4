dict(a=1).keys(1)
