[1,2].sort(key=1)
