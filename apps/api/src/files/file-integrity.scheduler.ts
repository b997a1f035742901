import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config.js';
import { FilesService } from './files.service.js';
import { ScheduledJobs } from '../scheduling/scheduled-jobs.service.js';

/**
 * Every FILE_VERIFY_INTERVAL_MINUTES, on the replica holding its lease (ScheduledJobs), re-hashes the stored files of every compound: bytes replaced or removed
 * behind the API's back raise an integrity alarm in the log (FilesService), before anyone asks for them.
 */
@Injectable()
export class FileIntegrityScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(FileIntegrityScheduler.name);
  private running = false;

  constructor(
    private readonly files: FilesService,
    private readonly config: AppConfig,
    private readonly jobs: ScheduledJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.leased('file-integrity', this.config.FILE_VERIFY_INTERVAL_MINUTES * 60_000, () => this.run());
  }

  /** One pass over every compound; a pass still running when the next is due is not doubled. */
  async run(): Promise<{ checked: number; failed: number }> {
    if (this.running) return { checked: 0, failed: 0 };
    this.running = true;
    let checked = 0;
    let failed = 0;
    try {
      for (const compoundId of await this.files.compoundsWithFiles()) {
        const result = await this.files.verifyCompound(compoundId);
        checked += result.checked;
        failed += result.failed.length;
      }
      this.logger.log(`file re-hash: ${checked} checked, ${failed} failed`);
    } catch (err) {
      this.logger.error(`file re-hash failed: ${(err as Error).message}`);
    } finally {
      this.running = false;
    }
    return { checked, failed };
  }
}
