import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { MemoryThrottleStore, ThrottleStore } from './throttle-store.js';
import { RateLimitGuard } from './rate-limit.guard.js';

/** Rate limits (see RateLimit): the store chosen by THROTTLE_STORE, and the guard that counts in it. */
@Global()
@Module({
  providers: [
    {
      provide: ThrottleStore,
      inject: [AppConfig],
      useFactory: (config: AppConfig): ThrottleStore => {
        switch (config.THROTTLE_STORE) {
          case 'memory':
            return new MemoryThrottleStore();
        }
      },
    },
    RateLimitGuard,
  ],
  exports: [ThrottleStore, RateLimitGuard],
})
export class ThrottleModule {}
