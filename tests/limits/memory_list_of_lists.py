# Ten billion references to one list (80 GB of pointers): refused up front.
# limit: memory
x = [[]] * 10**10
