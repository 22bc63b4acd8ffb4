list.append((), 1)
