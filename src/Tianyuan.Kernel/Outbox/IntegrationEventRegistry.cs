namespace Tianyuan.Kernel.Outbox;

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

/// <summary>Maps stored event type names to types and invokes every registered handler of an event.</summary>
public sealed class IntegrationEventRegistry
{
    readonly Dictionary<string, Type> types = new(StringComparer.Ordinal);

    public static string NameOf(Type eventType) => eventType.FullName ?? eventType.Name;

    internal void Register(Type eventType) => types[NameOf(eventType)] = eventType;

    /// <summary>Runs all handlers for the stored message. Unknown types have no handlers and count as delivered.</summary>
    public async Task DispatchAsync(IServiceProvider services, OutboxMessage message, CancellationToken ct)
    {
        if (!types.TryGetValue(message.Type, out var eventType))
            return;
        var integrationEvent = JsonSerializer.Deserialize(message.Payload, eventType)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
        var context = new IntegrationEventContext(message.Id, message.OccurredAt, message.Attempts + 1);
        var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(eventType);
        var handle = handlerType.GetMethod(nameof(IIntegrationEventHandler<IIntegrationEvent>.HandleAsync))!;
        foreach (var handler in services.GetServices(handlerType))
            await (Task)handle.Invoke(handler, [integrationEvent, context, ct])!;
    }
}

public static class IntegrationEventRegistration
{
    /// <summary>The outbox dispatcher and its registry; modules add handlers with AddIntegrationEventHandler.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        Registry(services);
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }

    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        Registry(services).Register(typeof(TEvent));
        services.AddScoped<IIntegrationEventHandler<TEvent>, THandler>();
        return services;
    }

    internal static IntegrationEventRegistry Registry(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(IntegrationEventRegistry))?.ImplementationInstance;
        if (existing is IntegrationEventRegistry registry)
            return registry;
        registry = new IntegrationEventRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
