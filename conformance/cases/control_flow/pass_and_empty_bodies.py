# pass, ellipsis bodies, and loops that do nothing.
def todo():
    pass


def stub():
    ...


for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
print(todo(), stub(), _)
try:
    pass
except Exception:
    pass
else:
    print("else after empty try")
finally:
    print("finally after empty try")
