// What nearly every file of this module needs; each file still names anything beyond these.
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Identity;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.EntityFrameworkCore;
global using Tianyuan.Accounts.Data;
global using Tianyuan.Accounts.Domain;
global using Tianyuan.Kernel.Access;
