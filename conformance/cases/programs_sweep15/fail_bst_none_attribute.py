class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right
def insert(root, v):
    if root is None:
        return TreeNode(v)
    if v < root.val:
        root.left = insert(root.left, v)
    else:
        root.right = insert(root.right, v)
    return root
def inorder(r):
    return inorder(r.left) + [r.val] + inorder(r.right) if r else []
root = None
for v in [5, 3, 8, 1, 4]:
    root = insert(root, v)
print(inorder(root))
print(root.left.left.val, root.right.right.val)
