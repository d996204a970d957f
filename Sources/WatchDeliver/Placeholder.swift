// Placeholder so the target builds until its issue lands; delete it then.
enum WatchDeliverPlaceholder {}
