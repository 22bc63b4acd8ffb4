# Adding a number to a string.
count = 3
print("count is " + str(count))
print("count is " + count)
