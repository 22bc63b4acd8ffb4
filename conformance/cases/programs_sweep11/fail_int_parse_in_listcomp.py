lines = ["1", "2", "three", "4"]
total = sum([int(x) for x in lines])
print(total)
