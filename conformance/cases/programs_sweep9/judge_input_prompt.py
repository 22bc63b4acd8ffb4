name = input("Name: ")
age = int(input("Age: "))
nums = [int(x) for x in input().split(",")]
print(f"Hello {name}, next year you will be {age + 1}.")
print(sorted(nums), sum(nums) / len(nums))
try:
    extra = input("More? ")
except EOFError as e:
    print("\nEOF:", repr(e), e.args)
