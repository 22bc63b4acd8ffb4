# Rebinding sys.stdout affects print() in this interpreter only, and a
# rebound module attribute reaches nothing new.
# expect-output: captured ['hi', '\n']
# expect-output: 'sys.modules' is not available in the sandbox
import sys
class Cap:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
cap = Cap()
sys.stdout = cap
print('hi')
sys.stdout = sys.__stdout__
print('captured', cap.parts)
sys.modules = {}
del sys.modules
try:
    sys.modules
except AttributeError as e:
    print(e)
