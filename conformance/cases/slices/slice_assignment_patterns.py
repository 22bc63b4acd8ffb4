# Real-world slice assignment patterns on lists.
buf = list("hello world")
buf[0:5] = list("HELLO")
print("".join(buf))
buf[6:] = list("there!")
print("".join(buf))
buf[5:5] = list(",")
print("".join(buf))
nums = [1, 2, 3, 4, 5, 6, 7, 8]
nums[1::2] = [0] * 4
print(nums)
nums[::-1] = range(8)
print(nums)
nums[:3], nums[-3:] = nums[-3:], nums[:3]
print(nums)
window = [0] * 5
for v in range(1, 9):
    window[:-1] = window[1:]
    window[-1] = v
    print(window, sum(window) / len(window))
