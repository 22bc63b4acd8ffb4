# Function calls, comprehensions and method calls in f-string fields.
def square(n):
    return n * n


nums = [3, 1, 2]
print(f"{square(4)} {max(nums)} {sorted(nums)} {', '.join(str(n) for n in nums)}")
print(f"{[square(n) for n in nums]} { {n: square(n) for n in nums} } {sum(nums) / len(nums):.3f}")
print(f"{'-'.join(map(str, range(5)))} {'abc'.upper()[::-1]} {len(f'{nums}')}")
print(f"{(lambda x: x * 2)(21)} {nums.index(2)} {nums.count(1)} {str(nums)[1:-1]}")
people = {"ann": 31, "bob": 27}
for person, age in people.items():
    print(f"{person.title():>5} will be {age + 10} in ten years{'!' if age > 30 else '.'}")
