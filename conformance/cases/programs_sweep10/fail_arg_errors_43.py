range(stop=3)
