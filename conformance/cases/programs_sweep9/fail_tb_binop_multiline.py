width = 10
height = None
area = (width *
        height)
