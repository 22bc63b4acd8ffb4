# Output before the error must still appear; then the traceback ends the run.
def average(values):
    return sum(values) / len(values)


print("avg of [1, 2, 3]:", average([1, 2, 3]))
print("avg of []:")
print(average([]))
print("never printed")
