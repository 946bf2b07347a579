def scale(x, y):  # comment
    total = x * y + 1

    if total < 0: return 0
    elif total > 10:
        return 10
    return total
