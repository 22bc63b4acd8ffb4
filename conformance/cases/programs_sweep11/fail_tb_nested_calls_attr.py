class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


def last_value(node):
    while node.next is not None:
        node = node.next
    return node.value


def second_last(node):
    return last_value(node.next)


chain = Node(1, Node(2, Node(3)))
print(last_value(chain), second_last(chain))
print(second_last(Node(1)))
