/* The request server on the host: requests from stdin, responses (after the boot
 * announcement) on stdout. */
#include "hil_board.h"
#include "hil_server.h"

int main(void)
{
    hil_board_init();
    hil_server_init();
    hil_server_poll();
    return 0;
}
