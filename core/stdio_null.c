#include "core/stdio_null.h"

#include <fcntl.h>
#include <unistd.h>

void slqs_stdio_to_null(void)
{
	int null = open("/dev/null", O_RDWR);

	if (null < 0)
		return;
	dup2(null, 0);
	dup2(null, 1);
	dup2(null, 2);
	if (null > 2)
		close(null);
}
