sum([1], start="")
