import sys
class Status:
    def __str__(self):
        return "custom status object"
print("bye")
sys.exit(Status())
